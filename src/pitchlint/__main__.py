import sys

from pitchlint.cli import main

if __name__ == "__main__":  # worker processes (check --jobs) import this module too
    sys.exit(main())
