package ai.stagesense.intellij.plugin

import ai.stagesense.intellij.core.answers.DocstringEdits
import ai.stagesense.intellij.core.answers.TextReplacement
import ai.stagesense.intellij.core.api.ServerUnreachableException
import ai.stagesense.intellij.core.editor.CellView
import ai.stagesense.intellij.core.editor.DocstringRequests
import ai.stagesense.intellij.core.editor.DocstringTarget
import ai.stagesense.intellij.core.editor.Language
import com.intellij.openapi.actionSystem.ActionUpdateThread
import com.intellij.openapi.actionSystem.AnAction
import com.intellij.openapi.actionSystem.AnActionEvent
import com.intellij.openapi.actionSystem.CommonDataKeys
import com.intellij.openapi.command.WriteCommandAction
import com.intellij.openapi.editor.Document
import com.intellij.openapi.progress.ProgressIndicator
import com.intellij.openapi.progress.Task
import com.intellij.openapi.project.Project

/**
 * "Generate Docstring" for the function at the caret: Python in the style chosen in settings, Java as Javadoc.
 * The request runs in a background task; the answer's edit is applied as one write command, so one Undo removes it.
 */
class GenerateDocstringAction : AnAction() {

    // update() reads only the editor, the file name and a setting: safe and cheap off the EDT
    override fun getActionUpdateThread(): ActionUpdateThread = ActionUpdateThread.BGT

    override fun update(e: AnActionEvent) {
        val language = e.getData(CommonDataKeys.VIRTUAL_FILE)?.let { Language.ofFileName(it.name).orElse(null) }
        val enabled = e.getData(CommonDataKeys.EDITOR) != null && language != null &&
            StageSenseSettingsService.getInstance().current().docstringEnabled
        e.presentation.isEnabledAndVisible = enabled
        e.presentation.text = if (language == Language.JAVA) "Generate Javadoc" else "Generate Docstring"
    }

    override fun actionPerformed(e: AnActionEvent) {
        val project = e.project ?: return
        val editor = e.getData(CommonDataKeys.EDITOR) ?: return
        val file = e.getData(CommonDataKeys.VIRTUAL_FILE) ?: return
        val language = Language.ofFileName(file.name).orElse(null) ?: return
        val document = editor.document
        val text = document.immutableCharSequence.toString()
        val view = CellView.ofEditor(file.name, text, editor.caretModel.offset).orElse(null)
        if (view == null) {
            StageSenseNotifier.warning(project, "Put the caret in a code cell, inside or above the function.")
            return
        }
        val style = StageSenseSettingsService.getInstance().current().style()
        DocstringTask(project, document, document.modificationStamp, DocstringRequests.of(view, language, style)).queue()
    }

    private class DocstringTask(
        project: Project,
        private val document: Document,
        private val stampAtRequest: Long,
        private val target: DocstringTarget,
    ) : Task.Backgroundable(project, "Generating docstring", true) {

        private var replacement: TextReplacement? = null

        override fun run(indicator: ProgressIndicator) {
            val backend = StageSenseBackend.getInstance()
            val client = backend.client(StageSenseBackend.DOCSTRING_TIMEOUT)
            val answer = try {
                StageSenseBackend.awaitWithIndicator(client.docstring(target.request()), indicator)
            } catch (e: ServerUnreachableException) {
                backend.forget()
                throw e
            }
            replacement = DocstringEdits.toReplacement(target.request().code(), answer.edit())
                .shiftedBy(target.codeStartInDocument())
        }

        /** Runs on the EDT after run() succeeded. */
        override fun onSuccess() {
            val edit = replacement ?: return
            val project = project ?: return
            if (document.modificationStamp != stampAtRequest) {
                // the answer's line numbers describe the text as it was: applying them now could land anywhere
                StageSenseNotifier.warning(project, "The file changed while the docstring was generated; try again.")
                return
            }
            WriteCommandAction.writeCommandAction(project).withName("Generate Docstring").run<RuntimeException> {
                document.replaceString(edit.start(), edit.end(), edit.text())
            }
        }

        override fun onThrowable(error: Throwable) {
            StageSenseNotifier.error(project, "StageSense could not generate a docstring: ${error.message}")
        }
    }
}
