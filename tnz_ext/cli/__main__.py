"""``python -m tnz_ext.cli`` runs the ``tnz`` command."""

import sys

from . import main

sys.exit(main())
