"""`python -m reader` and the `reader` command."""

from __future__ import annotations

import sys

from reader.cli import main as _cli_main


def main() -> None:
    sys.exit(_cli_main())


if __name__ == "__main__":
    main()
