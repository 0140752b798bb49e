package ai.stagesense.cli;

/** Bad command-line arguments: reported with the command's usage line, exit code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
