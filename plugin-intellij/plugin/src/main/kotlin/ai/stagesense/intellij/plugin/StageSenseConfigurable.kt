package ai.stagesense.intellij.plugin

import com.intellij.openapi.options.Configurable
import javax.swing.JComponent

/** Settings | Tools | StageSense. */
class StageSenseConfigurable : Configurable {

    private var form: StageSenseSettingsForm? = null

    override fun getDisplayName(): String = "StageSense"

    override fun createComponent(): JComponent {
        val created = StageSenseSettingsForm()
        form = created
        return created.component
    }

    /** Compares normalized values, so typing "3" over 3 or an unchanged but padded URL is not a change. */
    override fun isModified(): Boolean {
        val shown = form?.read() ?: return false
        return shown.normalized() != StageSenseSettingsService.getInstance().current()
    }

    override fun apply() {
        val shown = form?.read() ?: return
        StageSenseSettingsService.getInstance().update(shown)
        StageSenseBackend.getInstance().forget() // a new URL or token file applies to the next request
        StageSenseNotifier.resetOnce()
    }

    override fun reset() {
        form?.write(StageSenseSettingsService.getInstance().current())
    }

    override fun disposeUIResources() {
        form = null
    }
}
