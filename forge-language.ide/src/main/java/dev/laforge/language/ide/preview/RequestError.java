package dev.laforge.language.ide.preview;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Why a LaForge request cannot be answered: parameters the client got wrong
 * ({@link ResponseErrorCode#InvalidParams}) or a domain that cannot be compiled
 * ({@link ResponseErrorCode#RequestFailed}). Thrown while computing an answer and turned into a
 * JSON-RPC error outside the read request, so the server never logs it as a failure.
 */
public final class RequestError extends RuntimeException {

  private final ResponseErrorCode code;

  private RequestError(ResponseErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The client sent parameters that name nothing or have the wrong shape. */
  public static RequestError invalidParams(String message) {
    return new RequestError(ResponseErrorCode.InvalidParams, message);
  }

  /** The parameters are fine but the domain cannot answer (errors in it, policies that cannot compile). */
  public static RequestError failed(String message) {
    return new RequestError(ResponseErrorCode.RequestFailed, message);
  }

  /**
   * The domain broke a generator in a way validation did not catch (it is mid-edit): what to tell
   * the client instead of failing.
   */
  public static RequestError failed(String what, RuntimeException cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return failed(what + ": " + detail);
  }

  public ResponseErrorCode code() {
    return code;
  }

  /** The JSON-RPC error the client receives. */
  public ResponseErrorException toResponseError() {
    return new ResponseErrorException(new ResponseError(code, getMessage(), null));
  }
}
