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


class CopyEncoder(Encoder):
    """The encoder of a copying model. The decoder step must know which target word each source token is, but the
    exported graphs have no input for that (docs/models.md), so it travels in the outputs: memory gets one more
    channel holding each position's target id (exact as a float for any vocabulary below 2^24) and the state one
    zero channel, keeping memory and state the same width as the Java beam search expects."""

    def __init__(self, vocab_size, embedding, hidden, dropout, src_to_tgt):
        super().__init__(vocab_size, embedding, hidden, dropout)
        self.register_buffer("src_to_tgt", torch.tensor(src_to_tgt, dtype=torch.long))

    def forward(self, src):
        memory, state = super().forward(src)
        ids = self.src_to_tgt[src].unsqueeze(-1).to(memory.dtype)
        return torch.cat([memory, ids], dim=-1), torch.cat([state, torch.zeros_like(state[..., :1])], dim=-1)


class CopyDecoderStep(DecoderStep):
    """Pointer-generator step (See et al. 2017): a learned gate mixes the vocabulary distribution with the attention
    weights moved onto the target ids of the source tokens, so identifiers the summary repeats need not be
    generated from the output layer. Source tokens without a target word copy onto <unk>, which decoding blocks."""

    def __init__(self, vocab_size, embedding, hidden, dropout):
        super().__init__(vocab_size, embedding, hidden, dropout)
        self.hidden = hidden
        self.gate = nn.Linear(2 * hidden + embedding, 1)

    def forward(self, token, state, memory, src_mask):
        ids = memory[..., self.hidden].long()
        memory, state = memory[..., :self.hidden], state[..., :self.hidden]
        embedded = self.dropout(self.embedding(token))
        previous_context = self._attend(state[0], memory, src_mask)
        output, state = self.rnn(torch.cat([embedded, previous_context], dim=-1).unsqueeze(1), state)
        h = output[:, 0]
        weights = self._weights(h, memory, src_mask)
        context = torch.bmm(weights.unsqueeze(1), memory).squeeze(1)
        combined = torch.tanh(self.combine(torch.cat([h, context], dim=-1)))
        generated = torch.softmax(self.out(self.dropout(combined)), dim=-1)
        p_gen = torch.sigmoid(self.gate(torch.cat([h, context, embedded], dim=-1)))
        copied = torch.zeros_like(generated).scatter_add(1, ids, weights)
        probs = p_gen * generated + (1 - p_gen) * copied
        return torch.log(probs + 1e-9), torch.cat([state, torch.zeros_like(state[..., :1])], dim=-1)

    def _weights(self, query, memory, src_mask):
        scores = torch.bmm(memory, self.attention(query).unsqueeze(2)).squeeze(2)
        return torch.softmax(scores.masked_fill(src_mask < 0.5, -1e4), dim=-1)


class Seq2Seq(nn.Module):

    def __init__(self, src_vocab, tgt_vocab, embedding=64, hidden=128, dropout=0.2, src_to_tgt=None):
        """src_to_tgt: for a copying model, the target id of every source id (UNK where the word is not a target
        word); None for the plain model."""
        super().__init__()
        if src_to_tgt is None:
            self.encoder = Encoder(src_vocab, embedding, hidden, dropout)
            self.decoder = DecoderStep(tgt_vocab, embedding, hidden, dropout)
        else:
            self.encoder = CopyEncoder(src_vocab, embedding, hidden, dropout, src_to_tgt)
            self.decoder = CopyDecoderStep(tgt_vocab, embedding, hidden, dropout)

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
    def beam_search(self, src_ids, beam=5, max_len=24, k=3, finished_only=False):
        """Top-k distinct outputs (token id lists without <s>/</s>), best first, with their total log-probability.
        The Java server implements the same search over the exported graphs; this one is for evaluation.
        finished_only: leave out the hypotheses still unfinished when the search stops (prefixes without </s>,
        whose partial log-probability outranks finished ones); the next-line models need whole lines."""
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
            for rank, cand in enumerate(candidates):
                if cand[1][-1] == EOS:
                    # only among the beam best: lower-ranked endings would stop the search early
                    if rank < beam:
                        finished.append((cand[0], cand[1][1:-1]))
                elif len(beams) < beam:
                    beams.append(cand)
            if len(finished) >= beam or not beams:
                break
        if not finished_only:
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


def train(model, pairs, epochs=3, batch_size=64, lr=2e-3, seed=7, log=print, time_budget_s=None, log_every=0,
          stats=None):
    """pairs: (source ids, target ids without specials). Batches are length-bucketed for speed on CPU. stats: a dict
    that receives the batches run, the epochs (a fraction when the time budget stops one) and the seconds."""
    import time
    random.seed(seed)
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][1]), len(pairs[i][0])))
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    started = time.time()
    done = 0
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
            done += 1
            if log_every and (step + 1) % log_every == 0:
                elapsed = time.time() - started
                log("epoch %d batch %d/%d: token NLL %.4f (%.0f s, %.2f batches/s)" % (
                    epoch + 1, step + 1, len(batches), total / n, elapsed, done / max(elapsed, 1e-9)))
            if time_budget_s and time.time() - started > time_budget_s:
                log("time budget reached in epoch %d after %d batches" % (epoch + 1, step + 1))
                _record(stats, done, epoch + (step + 1) / len(batches), time.time() - started)
                model.eval()
                return model
        log("epoch %d: token NLL %.4f" % (epoch + 1, total / max(1, n)))
    _record(stats, done, epochs, time.time() - started)
    model.eval()
    return model


def _record(stats, batches, epochs, seconds):
    if stats is not None:
        stats.update({"batches": batches, "epochs": epochs, "seconds": seconds})


def export_onnx(model, encoder_path, decoder_path, opset=13):
    """Copying models need opset 16: earlier ScatterElements has no "add" reduction, and torch's emulation of
    scatter_add for them loses repeated source words."""
    model.eval()
    if isinstance(model.decoder, CopyDecoderStep):
        opset = max(opset, 16)
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
