// Standalone Gradle build of the platform adapter; the Maven build never includes it (JetBrains' repository, which
// serves the IntelliJ Platform, is unreachable where this project is developed).
rootProject.name = "stagesense-intellij"

pluginManagement {
    repositories {
        gradlePluginPortal()
        mavenCentral()
    }
}
