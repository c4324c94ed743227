package org.repstat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "show", mixinStandardHelpOptions = true, description = "TODO")
public class ShowCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.OK;
    }
}
