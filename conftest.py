# The package's __main__ runs the command line on import; doctest collection must skip it.
collect_ignore = ["biblio/__main__.py"]
