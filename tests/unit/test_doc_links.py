"""Every link of the user docs resolves: relative files exist, every anchor names a heading.

No network: an external http(s) link is checked for form only (scheme, host), never fetched.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ["README.md", "CONTRIBUTING.md"]

_FENCE = re.compile(r"^(```|~~~).*?^\1", flags=re.DOTALL | re.MULTILINE)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
# [text](target) and ![alt](target); the target ends at whitespace (an optional "title" follows) or ")".
_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$", flags=re.MULTILINE)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", flags=re.MULTILINE)
_HTML_ANCHOR = re.compile(r"<a\s+(?:name|id)=\"([^\"]+)\"")


def _prose(text: str) -> str:
    """The markdown without fenced code and code spans (links inside code are not links)."""
    return _CODE_SPAN.sub("", _FENCE.sub("", text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, markup and punctuation dropped, spaces to '-'."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link's text stays
    text = text.replace("`", "").lower()
    kept = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN")
    return kept.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    found: set[str] = set()
    seen: dict[str, int] = {}
    for _, title in _HEADING.findall(text):
        base = slug(title)
        n = seen.get(base, 0)
        seen[base] = n + 1
        found.add(base if n == 0 else f"{base}-{n}")
    return found | set(_HTML_ANCHOR.findall(text))


def links(path: Path) -> list[str]:
    text = _prose(path.read_text(encoding="utf-8"))
    return _LINK.findall(text) + _REF_DEF.findall(text)


def problem(source: Path, target: str) -> str | None:
    """Why ``target`` (a link written in ``source``) does not resolve, or None."""
    parts = urlsplit(target)
    if parts.scheme in ("http", "https"):
        host = parts.hostname or ""
        if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host) or " " in target:
            return f"malformed URL {target!r}"
        return None
    if parts.scheme == "mailto":
        return None if "@" in parts.path else f"malformed mailto {target!r}"
    if parts.scheme or parts.netloc:
        return f"unexpected scheme in {target!r}"
    file = (source.parent / unquote(parts.path)).resolve() if parts.path else source
    if not file.exists():
        return f"{parts.path!r} does not exist"
    if ROOT not in file.parents and file != ROOT:
        return f"{parts.path!r} leaves the repository"
    if parts.fragment:
        if file.suffix != ".md":
            return f"anchor #{parts.fragment} into a non-markdown file"
        if unquote(parts.fragment) not in anchors(file):
            return f"no heading for #{parts.fragment} in {file.name}"
    return None


@pytest.mark.parametrize("doc", DOCS)
def test_every_link_resolves(doc: str) -> None:
    path = ROOT / doc
    found = links(path)
    assert found, f"{doc} has no links: the link check would check nothing"
    broken = [f"{target}: {why}" for target in found if (why := problem(path, target)) is not None]
    assert not broken, f"{doc}: broken links\n" + "\n".join(broken)


def test_readme_links_to_contributing_and_license() -> None:
    targets = links(ROOT / "README.md")
    assert "CONTRIBUTING.md" in targets
    assert "LICENSE" in targets


@pytest.mark.parametrize(
    ("target", "broken"),
    [
        ("#no-such-heading", True),
        ("#install", False),
        ("missing-file.md", True),
        ("CONTRIBUTING.md#no-such-heading", True),
        ("LICENSE", False),
        ("LICENSE#x", True),
        ("../outside.md", True),
        ("https://www.tnz.co.nz", False),
        ("https://not a host/x", True),
        ("https://localhost", True),
        ("ftp://example.com/x", True),
    ],
)
def test_the_checker_catches_what_it_should(target: str, broken: bool) -> None:
    # The checker itself must be able to fail, or the tests above prove nothing.
    assert (problem(ROOT / "README.md", target) is not None) is broken


def test_slugs_follow_github() -> None:
    assert slug("Contract-test your integration") == "contract-test-your-integration"
    assert slug("The generated client, directly") == "the-generated-client-directly"
    assert slug("Voice (recorded WAV)") == "voice-recorded-wav"
    assert slug("`tnz_ext.testing`: fixtures") == "tnz_exttesting-fixtures"
