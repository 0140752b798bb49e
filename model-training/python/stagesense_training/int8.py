"""Int8 weights for exported models: a quarter of the float32 file size, so more models fit in models/.

Weight-only, symmetric, one scale per weight tensor: the PyTorch model's large weights are rounded to the int8 grid
first (`round_weights`), so the model that is scored on dev and writes the parity cases is exactly the model the
ONNX file holds; `store_weights_as_int8` then keeps each such initializer as int8 values plus a scale, turned back
into floats by a DequantizeLinear node in front of the graph. The server runs the same float arithmetic as before.

ONNX export stacks a bidirectional GRU's two directions into one initializer ([2, 3·hidden, input]); each direction
is its own PyTorch tensor with its own scale, so initializers of three or more dimensions get one scale per slice of
their first axis. It also joins tensors PyTorch did not round (a GRU's biases become one [directions, 6·hidden]
initializer): only initializers whose values already lie on their int8 grid are stored as int8, the rest stay float.
"""
import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

# Biases and other small tensors stay float: they are a sliver of the file and rounding them buys nothing.
MIN_ELEMENTS = 1024
LEVELS = 127


def _scale(values):
    top = float(np.abs(values).max())
    return top / LEVELS if top > 0 else 1.0


@torch.no_grad()
def round_weights(model, min_elements=MIN_ELEMENTS):
    """Rounds every weight matrix of at least min_elements to its tensor's int8 grid, in place; returns the names."""
    rounded = []
    for name, parameter in model.named_parameters():
        if parameter.dim() < 2 or parameter.numel() < min_elements:
            continue
        scale = _scale(parameter.detach().numpy())
        parameter.copy_(torch.clamp(torch.round(parameter / scale), -LEVELS, LEVELS) * scale)
        rounded.append(name)
    return rounded


def _broadcast(scales, ndim):
    """Scales shaped to multiply a tensor of ndim dimensions: one per first-axis slice, or a single one."""
    return scales.reshape((-1,) + (1,) * (ndim - 1)) if scales.ndim else scales


def _dequantize(q, scales):
    return q.astype(np.float32) * _broadcast(scales, q.ndim)


def _quantize(values):
    """(int8 values, float32 scales): one scale for a matrix, one per first-axis slice for higher ranks."""
    if values.ndim >= 3:
        scales = np.array([_scale(s) for s in values], dtype=np.float32)
    else:
        scales = np.array(_scale(values), dtype=np.float32)
    q = np.clip(np.round(values / _broadcast(scales, values.ndim)), -LEVELS, LEVELS).astype(np.int8)
    return q, scales


def _on_grid(values, q, scales):
    tolerance = 1e-6 * max(1.0, float(np.abs(values).max()))
    return bool(np.allclose(_dequantize(q, scales), values, rtol=0, atol=tolerance))


def store_weights_as_int8(path, min_elements=MIN_ELEMENTS):
    """Rewrites the ONNX file at path: large float initializers become int8 + DequantizeLinear. Returns their names."""
    model = onnx.load(path)
    graph = model.graph
    dequantize = []
    for initializer in list(graph.initializer):
        if initializer.data_type != TensorProto.FLOAT:
            continue
        values = numpy_helper.to_array(initializer)
        if values.size < min_elements or values.ndim < 2:
            continue
        q, scales = _quantize(values)
        if not _on_grid(values, q, scales):
            continue
        name = initializer.name
        graph.initializer.remove(initializer)
        graph.initializer.extend([
            numpy_helper.from_array(q, name + ".int8"),
            numpy_helper.from_array(scales, name + ".scale"),
            numpy_helper.from_array(np.zeros(scales.shape, dtype=np.int8), name + ".zero"),
        ])
        attributes = {"axis": 0} if scales.ndim == 1 else {}
        dequantize.append(helper.make_node("DequantizeLinear", [name + ".int8", name + ".scale", name + ".zero"],
                                           [name], name=name + ".dequantize", **attributes))
    # Prepended, so the graph stays in topological order.
    nodes = dequantize + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, path)
    return [node.output[0] for node in dequantize]


def dequantized_initializers(path):
    """Every initializer of the ONNX file as the float array the graph computes from it (for tests and checks)."""
    graph = onnx.load(path).graph
    arrays = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    out = {name: a for name, a in arrays.items() if not name.endswith((".int8", ".scale", ".zero"))}
    for node in graph.node:
        if node.op_type == "DequantizeLinear":
            q, scales, _ = (arrays[n] for n in node.input)
            axis = next((a.i for a in node.attribute if a.name == "axis"), None)
            if scales.ndim and axis != 0:
                raise ValueError("%s: per-axis scales along axis %s; store_weights_as_int8 writes axis 0 only"
                                 % (node.name, axis))
            out[node.output[0]] = _dequantize(q, scales)
    return out
