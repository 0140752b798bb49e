// Builds the plugin zip: ./gradlew buildPlugin (see the README section "IntelliJ plugin").
// Needs JetBrains' repositories (IntelliJ Platform artifacts) and the Gradle Plugin Portal, plus the core module in
// the local Maven repository: run `mvn -pl plugin-intellij/core -am install -DskipTests` in the repository root first.
plugins {
    id("org.jetbrains.kotlin.jvm") version "2.1.20"
    id("org.jetbrains.intellij.platform") version "2.5.0"
}

group = "ai.stagesense"
version = providers.gradleProperty("pluginVersion").get()

repositories {
    mavenLocal() // ai.stagesense:plugin-intellij-core, installed by the Maven build
    mavenCentral()
    intellijPlatform {
        defaultRepositories()
    }
}

dependencies {
    implementation("ai.stagesense:plugin-intellij-core:${providers.gradleProperty("pluginVersion").get()}")
    intellijPlatform {
        intellijIdeaCommunity(providers.gradleProperty("platformVersion"))
    }
}

kotlin {
    // IntelliJ Platform 2024.2 and later run on Java 21
    jvmToolchain(21)
}

intellijPlatform {
    pluginConfiguration {
        ideaVersion {
            sinceBuild = providers.gradleProperty("pluginSinceBuild")
            untilBuild = provider { null }
        }
    }
}

// The server the plugin starts when none is running: inference-server's fat jar, built by ./stagesense or
// `mvn -pl inference-server -am package`. It lands in <plugin>/server/, where BundledServerJar looks for it.
val serverJar = layout.projectDirectory.file("../../inference-server/target/stagesense-all.jar")

tasks {
    prepareSandbox {
        intoChild(intellijPlatform.projectName.map { "$it/server" }).from(serverJar)
        doFirst {
            check(serverJar.asFile.isFile) {
                "missing ${serverJar.asFile}: build it first with ./stagesense --help (or mvn -pl inference-server -am package)"
            }
        }
    }
}
