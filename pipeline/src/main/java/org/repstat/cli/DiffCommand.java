package org.repstat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "diff", mixinStandardHelpOptions = true, description = "TODO")
public class DiffCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.OK;
    }
}
