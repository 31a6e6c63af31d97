import sys

from trialpages_dev.cli import main

if __name__ == "__main__":  # a spawned child process (the local moto server) imports this module too
    sys.exit(main())
