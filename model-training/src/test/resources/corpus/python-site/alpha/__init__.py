def first(items):
    """Return the first item of a sequence."""
    return items[0]
