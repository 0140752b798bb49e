package ai.stagesense.intellij.plugin

import com.intellij.openapi.project.DumbAware
import com.intellij.openapi.project.Project
import com.intellij.openapi.wm.ToolWindow
import com.intellij.openapi.wm.ToolWindowFactory
import com.intellij.ui.content.ContentFactory

/** The "Similar Packages" tool window: alternatives to, and packages often used with, the current file's imports. */
class SimilarPackagesToolWindowFactory : ToolWindowFactory, DumbAware {

    override fun createToolWindowContent(project: Project, toolWindow: ToolWindow) {
        val panel = SimilarPackagesPanel(project)
        val content = ContentFactory.getInstance().createContent(panel.component, "", false)
        content.setDisposer(panel) // stops listening to editor changes when the tool window goes away
        toolWindow.contentManager.addContent(content)
        panel.refresh()
    }
}
