"""Toy statistics package for the dataset builder's tests."""

from .stats import mean
