package ai.stagesense.intellij.plugin

import com.intellij.notification.NotificationGroupManager
import com.intellij.notification.NotificationType
import com.intellij.openapi.project.Project
import java.util.concurrent.ConcurrentHashMap

/**
 * Balloons in the "StageSense" notification group. Problems found while typing are shown once per kind until the
 * settings change: a server that is down must not produce a balloon per keystroke.
 */
object StageSenseNotifier {

    private val shown = ConcurrentHashMap.newKeySet<String>()

    fun error(project: Project?, message: String) = show(project, message, NotificationType.ERROR)

    fun warning(project: Project?, message: String) = show(project, message, NotificationType.WARNING)

    fun warnOnce(project: Project?, kind: String, message: String) {
        if (shown.add(kind)) {
            warning(project, message)
        }
    }

    /** After the user changed settings, the same problem is worth reporting again. */
    fun resetOnce() = shown.clear()

    private fun show(project: Project?, message: String, type: NotificationType) {
        NotificationGroupManager.getInstance().getNotificationGroup(NOTIFICATION_GROUP)
            ?.createNotification(message, type)
            ?.notify(project)
    }
}
