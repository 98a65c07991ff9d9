"""`python -m alongside` runs the command-line interface."""

from alongside.cli.app import main

main()
