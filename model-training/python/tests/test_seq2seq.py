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


def test_beam_search_counts_only_endings_among_the_beam_best():
    """A line ending below the beam's best candidates must not stop the search while a better, longer line lives."""
    import torch
    from stagesense_training.data import BOS, EOS
    from stagesense_training.seq2seq import Seq2Seq

    a, b, c, d = 4, 5, 6, 7
    # log-probabilities of the next token after each prefix (without <s>); anything else is -20
    table = {(): {a: -0.1, b: -0.5}, (a,): {c: -0.1, EOS: -0.2}, (b,): {EOS: -0.1, d: -0.2},
             (a, c): {EOS: -0.05, d: -2.0}, (b, d): {EOS: -0.1, c: -3.0}}

    class Stub:
        def eval(self):
            pass

        def encoder(self, src):
            return None, ()

        def decoder(self, token, state, memory, src_mask):
            seq = state if token.item() == BOS else state + (token.item(),)
            log_probs = torch.full((1, 8), -20.0)
            for t, lp in table.get(seq, {}).items():
                log_probs[0, t] = lp
            return log_probs, seq

    best = Seq2Seq.beam_search(Stub(), [1], beam=2, max_len=5, k=3, finished_only=True)
    assert best[0][0] == [a, c], "a-c-</s> (-0.25 over two tokens) beats a-</s> (-0.3 over one)"
    assert [seq for seq, _ in best][:2] == [[a, c], [a]]
