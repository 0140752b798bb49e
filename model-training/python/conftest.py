import os
import sys

# Tests import the package from the source tree; no installation step.
sys.path.insert(0, os.path.dirname(__file__))
