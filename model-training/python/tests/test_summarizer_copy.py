"""The summariser's copying decoder (seq2seq.CopyDecoderStep): words reach the output through the source→target
id map even when training never produced them, and the export keeps the two-graph contract."""
import onnx
import torch

from stagesense_training.data import SPECIALS, UNK
from stagesense_training.seq2seq import Seq2Seq, export_onnx, parity_cases, train

FIRST = len(SPECIALS)
WORDS = 30


def _task():
    # source: "def <word> ( )"; target: "get <word>". Source and target vocabularies number the words differently.
    src_def, src_open, src_close = FIRST, FIRST + 1, FIRST + 2
    src_word = lambda w: FIRST + 3 + w                    # noqa: E731
    tgt_get = FIRST
    tgt_word = lambda w: FIRST + 1 + (w * 7) % WORDS      # noqa: E731
    src_to_tgt = [0] + [UNK] * (FIRST - 1) + [UNK, UNK, UNK] + [tgt_word(w) for w in range(WORDS)]
    pair = lambda w: ([src_def, src_word(w), src_open, src_close], [tgt_get, tgt_word(w)])  # noqa: E731
    return src_to_tgt, pair


def test_copies_words_never_seen_as_targets_and_exports(tmp_path):
    torch.manual_seed(0)
    src_to_tgt, pair = _task()
    seen = [pair(w) for w in range(20)]
    unseen = [pair(w) for w in range(20, WORDS)]
    model = Seq2Seq(len(src_to_tgt), FIRST + 1 + WORDS, embedding=16, hidden=32, dropout=0.0, src_to_tgt=src_to_tgt)
    train(model, seen * 20, epochs=6, batch_size=16, lr=5e-3, log=lambda *_: None)
    hits = sum(model.beam_search(src, k=1)[0][0] == tgt for src, tgt in unseen)
    assert hits / len(unseen) >= 0.8

    memory, state = model.encoder(torch.tensor([unseen[0][0]]))
    # the extra channels: target ids in the memory, a zero in the state, same width for both
    assert memory.shape[-1] == state.shape[-1] == 33
    assert memory[0, :, -1].tolist() == [float(src_to_tgt[i]) for i in unseen[0][0]]

    enc, dec = str(tmp_path / "encoder.onnx"), str(tmp_path / "decoder.onnx")
    export_onnx(model, enc, dec)
    for path, inputs, outputs in ((enc, ["src"], ["memory", "state"]),
                                  (dec, ["token", "state", "memory", "src_mask"], ["log_probs", "state_out"])):
        graph = onnx.load(path)
        onnx.checker.check_model(graph)
        assert graph.opset_import[0].version >= 16
        assert [i.name for i in graph.graph.input] == inputs
        assert [o.name for o in graph.graph.output] == outputs
    assert len(parity_cases(model, [unseen[0][0]])[0]["steps"]) == 3


def test_plain_model_is_unchanged_without_a_map():
    model = Seq2Seq(20, 20, embedding=8, hidden=16)
    memory, state = model.encoder(torch.tensor([[7, 8, 9]]))
    assert memory.shape == (1, 3, 16) and state.shape == (1, 1, 16)
