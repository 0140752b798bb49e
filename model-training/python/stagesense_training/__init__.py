"""StageSense model training: reads the Spark dataset builder's JSON Lines, trains with PyTorch, exports ONNX.

Featurization (masking, tokens, labeling-function votes) happens in Java; this package only reads its outputs.
"""
STAGES = ["imports", "load", "explore", "prepare", "train", "evaluate"]
