package ai.stagesense.intellij.plugin

import ai.stagesense.intellij.core.answers.PackageReportHtml
import ai.stagesense.intellij.core.answers.PackageReports
import ai.stagesense.intellij.core.editor.PythonImports
import com.intellij.openapi.Disposable
import com.intellij.openapi.application.ApplicationManager
import com.intellij.openapi.fileEditor.FileDocumentManager
import com.intellij.openapi.fileEditor.FileEditorManager
import com.intellij.openapi.fileEditor.FileEditorManagerEvent
import com.intellij.openapi.fileEditor.FileEditorManagerListener
import com.intellij.openapi.project.Project
import com.intellij.ui.components.JBScrollPane
import java.awt.BorderLayout
import java.util.concurrent.CompletableFuture
import javax.swing.JButton
import javax.swing.JEditorPane
import javax.swing.JPanel

/**
 * Shows the package report for the selected editor's file. Refreshes when another file is selected and on the
 * Refresh button (imports change while typing, and a request per keystroke would be wasteful).
 */
class SimilarPackagesPanel(private val project: Project) : Disposable {

    private val html = JEditorPane("text/html", PackageReportHtml.message("Open a Python file or notebook."))
        .apply { isEditable = false }
    val component = JPanel(BorderLayout()).apply {
        add(JButton("Refresh").apply { addActionListener { refresh() } }, BorderLayout.NORTH)
        add(JBScrollPane(html), BorderLayout.CENTER)
    }
    @Volatile
    private var pending: CompletableFuture<*>? = null

    init {
        project.messageBus.connect(this).subscribe(FileEditorManagerListener.FILE_EDITOR_MANAGER,
            object : FileEditorManagerListener {
                override fun selectionChanged(event: FileEditorManagerEvent) = refresh()
            })
    }

    /** Call on the EDT. */
    fun refresh() {
        pending?.cancel(true)
        if (!StageSenseSettingsService.getInstance().current().similarPackagesEnabled) {
            show(PackageReportHtml.message("Similar packages are turned off in Settings | Tools | StageSense."))
            return
        }
        val document = FileEditorManager.getInstance(project).selectedTextEditor?.document
        val file = document?.let { FileDocumentManager.getInstance().getFile(it) }
        if (document == null || file == null) {
            show(PackageReportHtml.message("Open a Python file or notebook."))
            return
        }
        val imports = PythonImports.ofDocument(file.name, document.immutableCharSequence.toString())
        show(PackageReportHtml.message("Looking up ${imports.size} imports of ${file.name}…"))
        val settings = StageSenseSettingsService.getInstance().current()
        val backend = StageSenseBackend.getInstance()
        // finding or starting the server blocks, so the whole lookup runs on a pooled thread
        val lookup = CompletableFuture.supplyAsync({ backend.client(StageSenseBackend.PACKAGES_TIMEOUT) },
            { ApplicationManager.getApplication().executeOnPooledThread(it) })
            .thenCompose { client -> PackageReports.fetch(client, imports, settings.maxSuggestions.coerceAtLeast(5)) }
        pending = lookup
        lookup.whenComplete { report, failure ->
            val text = when {
                lookup.isCancelled -> return@whenComplete
                failure != null -> {
                    backend.forget()
                    PackageReportHtml.message("StageSense server: ${(failure.cause ?: failure).message}")
                }
                else -> PackageReportHtml.render(file.name, report)
            }
            ApplicationManager.getApplication().invokeLater({ show(text) }, project.disposed)
        }
    }

    private fun show(text: String) {
        html.text = text
        html.caretPosition = 0
    }

    override fun dispose() {
        pending?.cancel(true)
    }
}
