def last(items):
    """Return the last item of a sequence."""
    return items[-1]
