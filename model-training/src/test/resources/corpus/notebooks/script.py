# %% [markdown]
# # A percent-format script

# %%
import numpy as np
import pandas as pd

# %%
df = pd.read_csv("data/iris.csv")
df.groupby("species").mean()
