import sys

from pitchlint.cli import main

sys.exit(main())
