#!/usr/bin/env python
# coding: utf-8

# In[1]:


import seaborn as sns
tips = sns.load_dataset("tips")


# In[ ]:


tips.groupby("day")["total_bill"].mean()
