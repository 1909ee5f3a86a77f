"""``make bench``: tnz_ext against the wire floor (raw httpx) and its peers, in one run.

``python -m bench [--quick] [--out PATH] [--server asyncio|threading]`` starts a loopback HTTP
server in its own process (``bench._server``), runs every case (``bench._cases``) and writes a
markdown report (``bench._report``) to stdout and to ``bench/results.md``.
"""
