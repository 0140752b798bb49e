"""
Recognizing hand-written digits
===============================

This example shows how scikit-learn can be used to recognize images of
hand-written digits, from 0-9.
"""

# Authors: The scikit-learn developers
# SPDX-License-Identifier: BSD-3-Clause

import matplotlib.pyplot as plt

from sklearn import datasets, svm

# %%
# Digits dataset
# --------------
#
# The digits dataset consists of 8x8 pixel images of digits.

digits = datasets.load_digits()

_, axes = plt.subplots(nrows=1, ncols=4, figsize=(10, 3))

# %%
"""
Classification
--------------

Flatten the images and fit a support vector classifier.
"""

# %%
n_samples = len(digits.images)
data = digits.images.reshape((n_samples, -1))
clf = svm.SVC(gamma=0.001)
