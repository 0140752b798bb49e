package ai.stagesense.intellij.plugin

import ai.stagesense.intellij.core.api.CompletionRequest
import ai.stagesense.intellij.core.api.CompletionResponse
import ai.stagesense.intellij.core.api.StageSenseClient
import ai.stagesense.intellij.core.schedule.ExecutorTaskTimer
import ai.stagesense.intellij.core.schedule.LatestRequestScheduler
import ai.stagesense.intellij.core.server.BundledServerJar
import ai.stagesense.intellij.core.server.HealthCheck
import ai.stagesense.intellij.core.server.ServerConnector
import ai.stagesense.intellij.core.server.ServerLauncher
import com.intellij.openapi.Disposable
import com.intellij.openapi.application.ApplicationManager
import com.intellij.openapi.components.Service
import com.intellij.openapi.progress.ProgressIndicator
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.future.await
import kotlinx.coroutines.withContext
import java.net.http.HttpClient
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit
import java.util.concurrent.TimeoutException

/**
 * The one connection to the server for the whole IDE: finds or starts it (core's [ServerConnector]), debounces
 * completion requests (core's [LatestRequestScheduler]), and stops the server it started when the IDE exits or the
 * plugin is unloaded (light services that implement Disposable are disposed then).
 */
@Service(Service.Level.APP)
class StageSenseBackend : Disposable {

    private val health = HealthCheck(Duration.ofSeconds(1))
    private val connector = ServerConnector(
        ServerLauncher(ServerLauncher.currentJava(), health, Duration.ofSeconds(60)),
        health,
        BundledServerJar.besides(StageSenseBackend::class.java),
        Duration.ofSeconds(20),
    )
    // one HttpClient for every request: it owns a thread pool and a connection pool worth reusing
    private val http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(2))
        .version(HttpClient.Version.HTTP_1_1)
        .build()
    private val timer = ExecutorTaskTimer()
    private val scheduler = LatestRequestScheduler(timer) {
        StageSenseSettingsService.getInstance().current().debounceMillis.toLong()
    }

    /** Blocks while the server is found or started (the first call may take seconds): never call on the EDT. */
    fun client(requestTimeout: Duration): StageSenseClient {
        val endpoint = connector.connect(StageSenseSettingsService.getInstance().current())
        return StageSenseClient(endpoint, requestTimeout, http)
    }

    /** Debounced: a newer call cancels this one, which then ends in a CancellationException. */
    suspend fun complete(request: CompletionRequest): CompletionResponse {
        val client = withContext(Dispatchers.IO) { client(COMPLETION_TIMEOUT) }
        return scheduler.submit { client.complete(request) }.await()
    }

    /** The next request probes the server again (it was found not listening, or the settings changed). */
    fun forget() = connector.forget()

    override fun dispose() {
        scheduler.cancelAll()
        timer.close()
        connector.close()
    }

    companion object {
        val COMPLETION_TIMEOUT: Duration = Duration.ofSeconds(5)
        val DOCSTRING_TIMEOUT: Duration = Duration.ofSeconds(30)
        val PACKAGES_TIMEOUT: Duration = Duration.ofSeconds(10)

        fun getInstance(): StageSenseBackend =
            ApplicationManager.getApplication().getService(StageSenseBackend::class.java)

        /**
         * Waits for [future] in a background task, giving up (and cancelling the request) when the user cancels the
         * task's progress indicator.
         */
        fun <T> awaitWithIndicator(future: CompletableFuture<T>, indicator: ProgressIndicator): T {
            try {
                while (true) {
                    indicator.checkCanceled()
                    try {
                        return future.get(100, TimeUnit.MILLISECONDS)
                    } catch (stillRunning: TimeoutException) {
                        // poll again, so a click on the progress bar's cancel button is noticed within 100 ms
                    }
                }
            } catch (failed: ExecutionException) {
                throw failed.cause ?: failed
            } finally {
                future.cancel(true) // no effect on a finished request; abandons one the user cancelled
            }
        }
    }
}
