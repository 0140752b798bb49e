def show(x):
    """Print a value the Python 2 way."""
    print "value:", x
