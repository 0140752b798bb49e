# The same version as package.json and pyproject.toml.
__version__ = "0.1.0"
