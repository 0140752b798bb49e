package ai.stagesense.intellij.plugin

import ai.stagesense.intellij.core.settings.StageSenseSettings
import com.intellij.openapi.application.ApplicationManager
import com.intellij.openapi.components.PersistentStateComponent
import com.intellij.openapi.components.Service
import com.intellij.openapi.components.State
import com.intellij.openapi.components.Storage

/**
 * Persists the core settings bean (public fields, as the IDE's XML serializer expects) in stagesense.xml.
 * A light service: no plugin.xml entry, found through [getInstance].
 */
@Service(Service.Level.APP)
@State(name = "StageSenseSettings", storages = [Storage("stagesense.xml")])
class StageSenseSettingsService : PersistentStateComponent<StageSenseSettings> {

    @Volatile
    private var settings = StageSenseSettings()

    override fun getState(): StageSenseSettings = settings

    override fun loadState(state: StageSenseSettings) {
        settings = state.normalized()
    }

    /** A normalized copy: callers can read it off the EDT without seeing a half-applied settings page. */
    fun current(): StageSenseSettings = settings.normalized()

    fun update(changed: StageSenseSettings) {
        settings = changed.normalized()
    }

    companion object {
        fun getInstance(): StageSenseSettingsService =
            ApplicationManager.getApplication().getService(StageSenseSettingsService::class.java)
    }
}
