import numpy as np
from sklearn.model_selection import cross_val_score
from sklearn.ensemble import RandomForestClassifier

X = np.load("features.npy")
y = np.load("labels.npy")
print(cross_val_score(RandomForestClassifier(), X, y, cv=5).mean())
