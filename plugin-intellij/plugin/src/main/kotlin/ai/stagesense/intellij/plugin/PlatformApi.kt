// Every IntelliJ Platform class, signature and extension point used by this plugin was checked against the
// JetBrains/intellij-community sources (the stored master history, 2024–2025), not compiled here, because JetBrains'
// repository is unreachable from the development machine. The files read, and the versions seen:
//   platform/platform-impl/src/com/intellij/codeInsight/inline/completion/InlineCompletionProvider.kt (commit 78e622dc)
//     interface InlineCompletionProvider { val id: InlineCompletionProviderID;
//       suspend fun getSuggestion(request: InlineCompletionRequest): InlineCompletionSuggestion;
//       @RequiresEdt fun isEnabled(event: InlineCompletionEvent): Boolean }
//   .../inline/completion/InlineCompletionEvent.kt (commit 074e9c12): InlineCompletionRequest(event, file, editor,
//     document, startOffset, endOffset, lookupElement); events DocumentChange, DirectCall
//   .../inline/completion/suggestion/InlineCompletionSuggestion.kt, InlineCompletionVariant.kt:
//     InlineCompletionSuggestion.getVariants(), InlineCompletionSuggestion.Empty, InlineCompletionVariant.build(data, elements)
//   .../inline/completion/elements/InlineCompletionGrayTextElement.kt (commit ef3cc3ec): data class (text: String)
//   platform/platform-resources/src/META-INF/EditorExtensionPoints.xml: EP "inline.completion.provider",
//     interface-based (attribute "implementation")
//   platform/platform-api/src/com/intellij/openapi/wm/ToolWindowFactory.kt, ToolWindowEP.java (id, anchor, factoryClass)
//   platform/ide-core/src/com/intellij/openapi/options/ConfigurableEP.java (instance, id, displayName, parentId)
//   platform/ide-core/src/com/intellij/ui/content/ContentFactory.java: ContentFactory.getInstance().createContent(...)
//   platform/ide-core/src/com/intellij/notification/NotificationGroup.kt, NotificationGroupEP (id, displayType)
//   platform/core-api/src/com/intellij/openapi/command/WriteCommandAction.java: writeCommandAction(project).withName(..).run
//   platform/core-api/src/com/intellij/openapi/progress/Task.java: Task.Backgroundable(project, title, canBeCancelled)
//   platform/projectModel-api/.../components/PersistentStateComponent.java; IdeActions.GROUP_GENERATE = "GenerateGroup"
// The build targets IntelliJ Platform 2025.1 (build 251, see gradle.properties); the inline completion API above has
// kept these shapes since the 2024.1 rework that introduced suggestion variants.
package ai.stagesense.intellij.plugin

/** The notification group declared in plugin.xml. */
internal const val NOTIFICATION_GROUP = "StageSense"
