package heapquest.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest; "dev" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"heapquest " + (v == null ? "dev" : v) + " (models CPython 3.11; Java ${java.version})"};
    }
}
