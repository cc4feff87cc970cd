/**
 * The version of the extraction rules. Bump it in the commit that changes what extraction produces, so that stored
 * facts built by the previous rules are rebuilt; a change that leaves the output alone (a comment, a rename) keeps it.
 */
export const EXTRACTOR_VERSION = 376;
