package ai.stagesense.lsp;

import org.eclipse.lsp4j.ClientCapabilities;

/** What the client said it can do, read null-safely: every level of the capabilities tree is optional. */
final class ClientSupport {

    private ClientSupport() {
    }

    /** Whether the client fills in a code action's "edit" with codeAction/resolve (LSP 3.16). */
    static boolean resolvesCodeActionEdits(ClientCapabilities capabilities) {
        if (capabilities == null || capabilities.getTextDocument() == null
                || capabilities.getTextDocument().getCodeAction() == null
                || capabilities.getTextDocument().getCodeAction().getResolveSupport() == null) {
            return false;
        }
        var properties = capabilities.getTextDocument().getCodeAction().getResolveSupport().getProperties();
        return properties != null && properties.contains("edit");
    }
}
