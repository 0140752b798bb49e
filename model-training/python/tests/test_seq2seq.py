import onnx
import torch

from stagesense_training.data import SPECIALS
from stagesense_training.seq2seq import Seq2Seq, export_onnx, parity_cases, train


def test_learns_a_mapping_and_beam_search_returns_distinct_results(tmp_path):
    torch.manual_seed(0)
    first = len(SPECIALS)
    # Toy "next line": the target is the source reversed, over 8 symbols.
    pairs = []
    for a in range(8):
        for b in range(8):
            src = [first + a, first + b, first + (a + b) % 8]
            pairs.append((src, list(reversed(src))))
    model = Seq2Seq(first + 8, first + 8, embedding=16, hidden=32, dropout=0.0)
    train(model, pairs * 6, epochs=12, batch_size=16, lr=5e-3, log=lambda *_: None)
    hits = sum(model.beam_search(src, k=1)[0][0] == tgt for src, tgt in pairs)
    assert hits / len(pairs) > 0.9
    results = model.beam_search(pairs[5][0], beam=5, k=3)
    assert len(results) == 3 and len({tuple(r[0]) for r in results}) == 3

    enc, dec = str(tmp_path / "encoder.onnx"), str(tmp_path / "decoder.onnx")
    export_onnx(model, enc, dec)
    for path, inputs, outputs in ((enc, ["src"], ["memory", "state"]),
                                  (dec, ["token", "state", "memory", "src_mask"], ["log_probs", "state_out"])):
        graph = onnx.load(path)
        onnx.checker.check_model(graph)
        assert [i.name for i in graph.graph.input] == inputs
        assert [o.name for o in graph.graph.output] == outputs
    cases = parity_cases(model, [pairs[0][0]])
    assert len(cases[0]["steps"]) == 3 and len(cases[0]["memory_head"]) == 16
