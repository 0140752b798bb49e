import os

import numpy as np
import onnx
import torch

from stagesense_training.int8 import dequantized_initializers, round_weights, store_weights_as_int8
from stagesense_training.seq2seq import Seq2Seq, export_onnx


def test_int8_file_computes_with_the_rounded_pytorch_weights(tmp_path):
    torch.manual_seed(3)
    # hidden 96: the encoder's joined GRU biases ([2, 576]) are large enough to be considered, and must stay float
    model = Seq2Seq(300, 300, embedding=16, hidden=96)
    rounded = round_weights(model)
    # embeddings, both GRU directions' matrices, the output projection
    assert "encoder.rnn.weight_ih_l0_reverse" in rounded and "decoder.out.weight" in rounded
    assert "decoder.out.bias" not in rounded
    weight = model.decoder.out.weight.detach().numpy()
    steps = weight / (np.abs(weight).max() / 127)
    assert np.allclose(steps, np.round(steps), atol=1e-3)

    plain = {name: str(tmp_path / ("plain-%s.onnx" % name)) for name in ("encoder", "decoder")}
    small = {name: str(tmp_path / ("int8-%s.onnx" % name)) for name in ("encoder", "decoder")}
    export_onnx(model, plain["encoder"], plain["decoder"])
    export_onnx(model, small["encoder"], small["decoder"])
    for part in ("encoder", "decoder"):
        stored = store_weights_as_int8(small[part])
        assert stored
        assert not any(onnx_name.startswith("onnx::GRU") and values.ndim == 2
                       for onnx_name, values in dequantized_initializers(plain[part]).items()
                       if onnx_name in stored), "a bias PyTorch did not round was stored as int8"
        onnx.checker.check_model(onnx.load(small[part]))
        assert os.path.getsize(small[part]) < 0.4 * os.path.getsize(plain[part])
        expected = dequantized_initializers(plain[part])
        actual = dequantized_initializers(small[part])
        assert expected.keys() == actual.keys()
        for name, values in expected.items():
            # The stacked bidirectional GRU initializer only matches if each direction keeps its own scale.
            assert np.allclose(actual[name], values, rtol=0, atol=1e-6 * max(1.0, np.abs(values).max())), name


def test_rounding_twice_changes_nothing():
    torch.manual_seed(4)
    model = Seq2Seq(200, 200, embedding=16, hidden=32)
    round_weights(model)
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    round_weights(model)
    for name, parameter in model.named_parameters():
        assert torch.allclose(parameter, before[name], atol=1e-7), name
