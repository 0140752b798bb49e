package ai.stagesense.intellij.plugin

import ai.stagesense.intellij.core.answers.InlineSuggestions
import ai.stagesense.intellij.core.api.ApiException
import ai.stagesense.intellij.core.api.ServerUnreachableException
import ai.stagesense.intellij.core.editor.CellView
import ai.stagesense.intellij.core.editor.CompletionRequests
import ai.stagesense.intellij.core.editor.Language
import ai.stagesense.intellij.core.editor.TriggerPolicy
import ai.stagesense.intellij.core.server.ServerStartException
import com.intellij.codeInsight.inline.completion.InlineCompletionEvent
import com.intellij.codeInsight.inline.completion.InlineCompletionProvider
import com.intellij.codeInsight.inline.completion.InlineCompletionProviderID
import com.intellij.codeInsight.inline.completion.InlineCompletionRequest
import com.intellij.codeInsight.inline.completion.elements.InlineCompletionGrayTextElement
import com.intellij.codeInsight.inline.completion.suggestion.InlineCompletionSuggestion
import com.intellij.codeInsight.inline.completion.suggestion.InlineCompletionVariant
import com.intellij.openapi.diagnostic.logger
import com.intellij.openapi.fileEditor.FileDocumentManager
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.ensureActive
import kotlinx.coroutines.flow.flowOf
import java.io.UncheckedIOException
import java.net.http.HttpTimeoutException
import java.util.concurrent.CancellationException

/**
 * Next-line suggestions as gray text (extension point `com.intellij.inline.completion.provider`; API as
 * verified in PlatformApi.kt, IntelliJ Platform 2025.1 / build 251). Several suggestions become variants the user
 * cycles through. Everything but talking to the platform is in plugin-intellij-core: what to send
 * ([CellView], [CompletionRequests], [TriggerPolicy]), when ([StageSenseBackend]'s debounce) and what to show
 * ([InlineSuggestions]).
 */
class StageSenseInlineCompletionProvider : InlineCompletionProvider {

    // the platform requires this to equal the id attribute of the extension in plugin.xml (PluginXmlTest checks it)
    override val id = InlineCompletionProviderID("ai.stagesense.intellij.completion")

    /** Runs on the EDT for every keystroke, so only the setting is checked here; the rest is in getSuggestion. */
    override fun isEnabled(event: InlineCompletionEvent): Boolean =
        (event is InlineCompletionEvent.DocumentChange || event is InlineCompletionEvent.DirectCall) &&
            StageSenseSettingsService.getInstance().current().completionEnabled

    override suspend fun getSuggestion(request: InlineCompletionRequest): InlineCompletionSuggestion {
        val settings = StageSenseSettingsService.getInstance().current()
        // the document's file, not request.file: in notebooks the platform hands over the PSI of the injected cell
        val fileName = FileDocumentManager.getInstance().getFile(request.document)?.name ?: request.file.name
        val language = Language.ofFileName(fileName).orElse(null) ?: return InlineCompletionSuggestion.Empty
        // an immutable snapshot: readable off the EDT without a read action, and stable while we wait
        val text = request.document.immutableCharSequence.toString()
        val caret = request.endOffset.coerceIn(0, text.length)
        val view = CellView.ofEditor(fileName, text, caret).orElse(null) ?: return InlineCompletionSuggestion.Empty
        if (!TriggerPolicy.shouldRequest(view, language)) {
            return InlineCompletionSuggestion.Empty
        }
        val completion = CompletionRequests.of(view, language, settings.maxSuggestions)
        val backend = StageSenseBackend.getInstance()
        val answer = try {
            backend.complete(completion)
        } catch (superseded: CancellationException) {
            currentCoroutineContext().ensureActive() // our own cancellation must propagate
            return InlineCompletionSuggestion.Empty // a newer keystroke replaced this request
        } catch (e: ServerUnreachableException) {
            backend.forget()
            StageSenseNotifier.warnOnce(request.editor.project, "unreachable", e.message ?: "StageSense server stopped")
            return InlineCompletionSuggestion.Empty
        } catch (e: ServerStartException) {
            StageSenseNotifier.warnOnce(request.editor.project, "start", e.message ?: "StageSense server not started")
            return InlineCompletionSuggestion.Empty
        } catch (e: ApiException) {
            val kind = if (e.isUnauthorized) "token" else "api-" + e.status()
            StageSenseNotifier.warnOnce(request.editor.project, kind, e.message ?: "StageSense server refused")
            return InlineCompletionSuggestion.Empty
        } catch (e: UncheckedIOException) {
            StageSenseNotifier.warnOnce(request.editor.project, "token-file", e.message ?: "token file unreadable")
            return InlineCompletionSuggestion.Empty
        } catch (e: HttpTimeoutException) {
            LOG.debug("completion request timed out", e) // a slow answer is just no answer while typing
            return InlineCompletionSuggestion.Empty
        }
        val texts = InlineSuggestions.of(answer, view.suffix(), settings.maxSuggestions)
        if (texts.isEmpty()) {
            return InlineCompletionSuggestion.Empty
        }
        val variants = texts.map { InlineCompletionVariant.build(elements = flowOf(InlineCompletionGrayTextElement(it))) }
        return object : InlineCompletionSuggestion {
            override suspend fun getVariants(): List<InlineCompletionVariant> = variants
        }
    }

    private companion object {
        val LOG = logger<StageSenseInlineCompletionProvider>()
    }
}
