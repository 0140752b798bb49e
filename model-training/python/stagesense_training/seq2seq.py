"""GRU encoder–decoder with attention, exported as two ONNX graphs (encoder, one decoder step) so the Java server
can run beam search itself (docs/models.md, "seq2seq"). Used for next-line prediction and docstring summaries.
"""
import math
import random

import torch
from torch import nn

from .data import BOS, EOS, PAD


class Encoder(nn.Module):

    def __init__(self, vocab_size, embedding, hidden, dropout):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding, padding_idx=PAD)
        self.rnn = nn.GRU(embedding, hidden, batch_first=True, bidirectional=True)
        self.memory = nn.Linear(2 * hidden, hidden)
        self.state = nn.Linear(2 * hidden, hidden)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        outputs, last = self.rnn(self.dropout(self.embedding(src)))
        memory = torch.tanh(self.memory(outputs))
        state = torch.tanh(self.state(torch.cat([last[0], last[1]], dim=-1))).unsqueeze(0)
        return memory, state


class DecoderStep(nn.Module):
    """One step: previous token + state + encoder memory → log-probabilities of the next token and the new state."""

    def __init__(self, vocab_size, embedding, hidden, dropout):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding, padding_idx=PAD)
        self.rnn = nn.GRU(embedding + hidden, hidden, batch_first=True)
        self.attention = nn.Linear(hidden, hidden, bias=False)
        self.combine = nn.Linear(2 * hidden, hidden)
        self.out = nn.Linear(hidden, vocab_size)
        self.dropout = nn.Dropout(dropout)

    def forward(self, token, state, memory, src_mask):
        embedded = self.dropout(self.embedding(token))                        # [b, e]
        previous_context = self._attend(state[0], memory, src_mask)           # input feeding
        output, state = self.rnn(torch.cat([embedded, previous_context], dim=-1).unsqueeze(1), state)
        h = output[:, 0]
        context = self._attend(h, memory, src_mask)
        combined = torch.tanh(self.combine(torch.cat([h, context], dim=-1)))
        return torch.log_softmax(self.out(self.dropout(combined)), dim=-1), state

    def _attend(self, query, memory, src_mask):
        scores = torch.bmm(memory, self.attention(query).unsqueeze(2)).squeeze(2)  # [b, s]
        scores = scores.masked_fill(src_mask < 0.5, -1e4)
        weights = torch.softmax(scores, dim=-1)
        return torch.bmm(weights.unsqueeze(1), memory).squeeze(1)


class Seq2Seq(nn.Module):

    def __init__(self, src_vocab, tgt_vocab, embedding=64, hidden=128, dropout=0.2):
        super().__init__()
        self.encoder = Encoder(src_vocab, embedding, hidden, dropout)
        self.decoder = DecoderStep(tgt_vocab, embedding, hidden, dropout)

    def loss(self, src, tgt):
        """Teacher-forced negative log-likelihood per target token; tgt is <s> … </s> padded."""
        memory, state = self.encoder(src)
        src_mask = (src != PAD).float()
        total, count = 0.0, 0
        for t in range(tgt.size(1) - 1):
            log_probs, state = self.decoder(tgt[:, t], state, memory, src_mask)
            gold = tgt[:, t + 1]
            keep = gold != PAD
            if keep.any():
                total = total - log_probs[keep].gather(1, gold[keep].unsqueeze(1)).sum()
                count += int(keep.sum())
        return total / max(1, count)

    @torch.no_grad()
    def beam_search(self, src_ids, beam=5, max_len=24, k=3):
        """Top-k distinct outputs (token id lists without <s>/</s>), best first, with their total log-probability.
        The Java server implements the same search over the exported graphs; this one is for evaluation."""
        self.eval()
        src = torch.tensor([src_ids or [PAD]], dtype=torch.long)
        memory, state = self.encoder(src)
        src_mask = (src != PAD).float()
        beams = [(0.0, [BOS], state)]
        finished = []
        for _ in range(max_len):
            candidates = []
            for score, seq, st in beams:
                log_probs, new_state = self.decoder(torch.tensor([seq[-1]]), st, memory, src_mask)
                top = torch.topk(log_probs[0], beam)
                for lp, idx in zip(top.values.tolist(), top.indices.tolist()):
                    candidates.append((score + lp, seq + [idx], new_state))
            candidates.sort(key=lambda c: c[0], reverse=True)
            beams = []
            for cand in candidates:
                if cand[1][-1] == EOS:
                    finished.append((cand[0], cand[1][1:-1]))
                elif len(beams) < beam:
                    beams.append(cand)
            if len(finished) >= beam or not beams:
                break
        finished += [(s, seq[1:]) for s, seq, _ in beams]
        seen, out = set(), []
        for score, seq in sorted(finished, key=lambda f: f[0] / math.sqrt(max(1, len(f[1]))), reverse=True):
            if tuple(seq) not in seen:
                seen.add(tuple(seq))
                out.append((seq, score))
            if len(out) == k:
                break
        return out


def pad(sequences, width=None):
    width = width or max(1, max(len(s) for s in sequences))
    batch = torch.full((len(sequences), width), PAD, dtype=torch.long)
    for i, s in enumerate(sequences):
        s = s[:width]
        if s:
            batch[i, :len(s)] = torch.tensor(s, dtype=torch.long)
    return batch


def train(model, pairs, epochs=3, batch_size=64, lr=2e-3, seed=7, log=print, time_budget_s=None):
    """pairs: (source ids, target ids without specials). Batches are length-bucketed for speed on CPU."""
    import time
    random.seed(seed)
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][1]), len(pairs[i][0])))
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    started = time.time()
    for epoch in range(epochs):
        model.train()
        random.shuffle(batches)
        total, n = 0.0, 0
        for step, idx in enumerate(batches):
            src = pad([pairs[i][0] for i in idx])
            tgt = pad([[BOS] + pairs[i][1] + [EOS] for i in idx])
            loss = model.loss(src, tgt)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            total += float(loss) * len(idx)
            n += len(idx)
            if time_budget_s and time.time() - started > time_budget_s:
                log("time budget reached in epoch %d after %d batches" % (epoch + 1, step + 1))
                model.eval()
                return model
        log("epoch %d: token NLL %.4f" % (epoch + 1, total / max(1, n)))
    model.eval()
    return model


def export_onnx(model, encoder_path, decoder_path, opset=13):
    model.eval()
    src = torch.ones((2, 5), dtype=torch.long)
    torch.onnx.export(model.encoder, (src,), encoder_path, input_names=["src"], output_names=["memory", "state"],
                      dynamic_axes={"src": {0: "batch", 1: "src_len"}, "memory": {0: "batch", 1: "src_len"},
                                    "state": {1: "batch"}}, opset_version=opset)
    memory, state = model.encoder(src)
    token = torch.full((2,), BOS, dtype=torch.long)
    mask = torch.ones((2, 5))
    torch.onnx.export(model.decoder, (token, state, memory, mask), decoder_path,
                      input_names=["token", "state", "memory", "src_mask"], output_names=["log_probs", "state_out"],
                      dynamic_axes={"token": {0: "batch"}, "state": {1: "batch"},
                                    "memory": {0: "batch", 1: "src_len"}, "src_mask": {0: "batch", 1: "src_len"},
                                    "log_probs": {0: "batch"}, "state_out": {1: "batch"}},
                      opset_version=opset)


@torch.no_grad()
def parity_cases(model, sources, steps=3):
    """Encoder outputs and a few greedy decoder steps, replayed by the Java parity test through ONNX Runtime."""
    model.eval()
    cases = []
    for ids in sources:
        src = torch.tensor([ids or [PAD]], dtype=torch.long)
        memory, state = model.encoder(src)
        mask = (src != PAD).float()
        token = torch.tensor([BOS])
        step_outputs = []
        for _ in range(steps):
            log_probs, state = model.decoder(token, state, memory, mask)
            best = int(log_probs[0].argmax())
            step_outputs.append({"token": int(token[0]), "best": best,
                                 "log_probs_head": log_probs[0, :16].tolist()})
            token = torch.tensor([best])
        cases.append({"src": list(ids or [PAD]), "memory_head": memory[0, 0, :16].tolist(), "steps": step_outputs})
    return cases
