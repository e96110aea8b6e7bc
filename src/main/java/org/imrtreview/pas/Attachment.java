package org.imrtreview.pas;

/** One supporting document carried in the bundle, decoded, with the file name it will be written under. */
record Attachment(String fileName, String contentType, byte[] bytes, String source) {
}
