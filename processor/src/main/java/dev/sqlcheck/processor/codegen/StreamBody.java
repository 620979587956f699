package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.CodeBlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes the body of a {@code Stream<T>} method. The connection, statement and result set must
 * outlive the method, so they are not in try-with-resources: on success the stream owns them
 * (closing it closes them), and on any failure before that they are closed here.
 */
final class StreamBody {
  static final int FETCH_SIZE = 256;

  private final MethodWriter m;

  StreamBody(MethodWriter m) {
    this.m = m;
  }

  CodeBlock write() {
    LocalNames n = m.names();
    String conn = n.connection();
    String ps = n.statement();
    String rs = n.resultSet();
    String e = n.exception();
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock sql = m.sqlSource(code);
    code.addStatement("$T $N = null", Connection.class, conn);
    code.addStatement("$T $N = null", PreparedStatement.class, ps);
    code.addStatement("$T $N = null", ResultSet.class, rs);
    code.beginControlFlow("try");
    code.addStatement("$N = this.dataSource.getConnection()", conn);
    code.addStatement("$N = $N.prepareStatement($L)", ps, conn, sql);
    // Lets the driver fetch in chunks where it can (PostgreSQL: outside auto-commit mode).
    code.addStatement("$N.setFetchSize($L)", ps, FETCH_SIZE);
    code.add(m.binds());
    code.addStatement("$N = $N.executeQuery()", rs, ps);
    code.addStatement(
        "return $T.stream($N, $N, $N,$W$L,$W$S)",
        ColumnReader.SUPPORT,
        conn,
        ps,
        rs,
        m.mapperReference(),
        m.label());
    code.nextControlFlow("catch ($T $N)", SQLException.class, e);
    code.addStatement(
        "$T.closeAfterFailure($N, $N, $N, $N)", ColumnReader.SUPPORT, e, rs, ps, conn);
    if (m.method().throwsSqlException()) {
      code.addStatement("throw $N", e);
    } else {
      code.addStatement("throw $T.wrap($S,$W$N)", ColumnReader.SUPPORT, m.label(), e);
    }
    code.nextControlFlow("catch ($T | $T $N)", RuntimeException.class, Error.class, e);
    code.addStatement(
        "$T.closeAfterFailure($N, $N, $N, $N)", ColumnReader.SUPPORT, e, rs, ps, conn);
    code.addStatement("throw $N", e);
    code.endControlFlow();
    return code.build();
  }
}
