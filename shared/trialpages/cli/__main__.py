import sys

from trialpages.cli import main

sys.exit(main())
