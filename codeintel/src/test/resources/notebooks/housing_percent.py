# %% [markdown]
# # California housing
# Predict the median house value from census features.

# %%
import pandas as pd
from sklearn.datasets import fetch_california_housing

housing = fetch_california_housing(as_frame=True)
df = housing.frame

#%%
df.describe()

# %% Fit a baseline
from sklearn.linear_model import LinearRegression

model = LinearRegression().fit(df.drop(columns="MedHouseVal"), df["MedHouseVal"])
