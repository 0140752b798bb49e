# -*- coding: latin-1 -*-
"""Legacy module saved in Latin-1."""


def greet(name):
    """Say bonjour à someone, the café way."""
    return "Bonjour " + name
