package ai.stagesense.intellij.plugin

import ai.stagesense.intellij.core.settings.DocstringStyle
import ai.stagesense.intellij.core.settings.StageSenseSettings
import com.intellij.openapi.ui.ComboBox
import com.intellij.ui.components.JBCheckBox
import com.intellij.ui.components.JBTextField
import com.intellij.util.ui.FormBuilder
import java.awt.BorderLayout
import javax.swing.JComponent
import javax.swing.JPanel
import javax.swing.JSpinner
import javax.swing.SpinnerNumberModel

/** The Swing form of the settings page; reads and writes the core settings bean, nothing else. */
internal class StageSenseSettingsForm {

    private val serverUrl = JBTextField()
    private val tokenFile = JBTextField().apply { emptyText.text = "default: \$XDG_CONFIG_HOME/stagesense/token" }
    private val autoStart = JBCheckBox("Start the bundled server when none answers at this URL")
    private val style = ComboBox(DocstringStyle.python())
    private val maxSuggestions = JSpinner(SpinnerNumberModel(3, StageSenseSettings.MIN_SUGGESTIONS,
        StageSenseSettings.MAX_SUGGESTIONS, 1))
    private val debounce = JSpinner(SpinnerNumberModel(150, StageSenseSettings.MIN_DEBOUNCE_MS,
        StageSenseSettings.MAX_DEBOUNCE_MS, 10))
    private val completion = JBCheckBox("Next-line suggestions while typing (Python, Java, notebooks)")
    private val docstrings = JBCheckBox("Generate Docstring action")
    private val packages = JBCheckBox("Similar Packages tool window")

    val component: JComponent = JPanel(BorderLayout()).apply {
        add(FormBuilder.createFormBuilder()
            .addLabeledComponent("Server URL:", serverUrl)
            .addLabeledComponent("Token file:", tokenFile)
            .addComponent(autoStart)
            .addLabeledComponent("Python docstring style:", style)
            .addLabeledComponent("Suggestions shown:", maxSuggestions)
            .addLabeledComponent("Delay after typing (ms):", debounce)
            .addComponent(completion)
            .addComponent(docstrings)
            .addComponent(packages)
            .panel, BorderLayout.NORTH)
    }

    fun read(): StageSenseSettings = StageSenseSettings().apply {
        serverUrl = this@StageSenseSettingsForm.serverUrl.text.trim()
        tokenFile = this@StageSenseSettingsForm.tokenFile.text.trim()
        autoStartServer = autoStart.isSelected
        docstringStyle = (style.selectedItem as? DocstringStyle ?: DocstringStyle.GOOGLE).wireName()
        maxSuggestions = this@StageSenseSettingsForm.maxSuggestions.value as Int
        debounceMillis = debounce.value as Int
        completionEnabled = completion.isSelected
        docstringEnabled = docstrings.isSelected
        similarPackagesEnabled = packages.isSelected
    }

    fun write(settings: StageSenseSettings) {
        serverUrl.text = settings.serverUrl
        tokenFile.text = settings.tokenFile
        autoStart.isSelected = settings.autoStartServer
        style.selectedItem = settings.style()
        maxSuggestions.value = settings.maxSuggestions
        debounce.value = settings.debounceMillis
        completion.isSelected = settings.completionEnabled
        docstrings.isSelected = settings.docstringEnabled
        packages.isSelected = settings.similarPackagesEnabled
    }
}
