package ai.stagesense.server.models;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Set;
import java.util.TreeSet;

/**
 * Opens ONNX Runtime sessions the way the server needs them: from the checksum-verified bytes, one intra-op and
 * one inter-op thread per session (requests run in parallel on the engine workers instead, which on two cores
 * beats splitting every small matrix product), and with the graph's input and output names checked against
 * docs/models.md so a contract mismatch fails at startup rather than on the first request.
 */
public final class OnnxSessions {

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();

    public OrtEnvironment environment() {
        return env;
    }

    public OrtSession open(ModelFiles files, ManifestEntry entry, String role, Set<String> inputs, Set<String> outputs)
            throws ModelLoadException {
        String file = entry.file(role);
        if (file == null) {
            throw new ModelLoadException("model '" + entry.name() + "': no \"" + role + "\" file in its manifest entry");
        }
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Int8 weights (train_nextline's default) are stored for size, not speed: without this, ONNX Runtime
            // fuses their DequantizeLinear into integer kernels that also quantise the activations, and the outputs
            // drift from PyTorch's beyond the 1e-4 parity the parity tests require.
            options.addConfigEntry("session.disable_quant_qdq", "1");
            session = env.createSession(files.bytes(file), options);
        } catch (OrtException e) {
            throw new ModelLoadException("model '" + entry.name() + "': ONNX Runtime cannot load " + files.path(file)
                    + ": " + e.getMessage(), e);
        }
        if (!session.getInputNames().containsAll(inputs) || !session.getOutputNames().containsAll(outputs)) {
            String found = "inputs " + new TreeSet<>(session.getInputNames()) + ", outputs "
                    + new TreeSet<>(session.getOutputNames());
            closeQuietly(session);
            throw new ModelLoadException("model '" + entry.name() + "': " + files.path(file) + " has " + found
                    + "; docs/models.md requires inputs " + new TreeSet<>(inputs) + " and outputs "
                    + new TreeSet<>(outputs));
        }
        return session;
    }

    static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // nothing was served from it; the load error being reported matters more
        }
    }
}
