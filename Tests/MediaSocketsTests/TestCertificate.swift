/// A self-signed certificate for 127.0.0.1 and localhost (valid until 2126) and its key,
/// made for these tests only: it guards nothing.
enum TestCertificate {
    static let certificatePEM = """
        -----BEGIN CERTIFICATE-----
        MIIBnDCCAUGgAwIBAgIUVITS590KfsyA2irko9CmvFH++d4wCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMTIyMDkyMloYDzIxMjYxMTA3
        MjIwOTIyWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAATXHKT97K2t4LcedBqdWxX/OdIyMBxz6mInvEC9/GtXmNA6K8082yg4
        P3HbtxdZ3pJhQyWW+aCA/8kTcMZMkbxDo28wbTAdBgNVHQ4EFgQUcbu+vfYQ0KfM
        xNuL2yg4vIucITswHwYDVR0jBBgwFoAUcbu+vfYQ0KfMxNuL2yg4vIucITswDwYD
        VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwCgYIKoZI
        zj0EAwIDSQAwRgIhAPob02nBXU1i0MmWA0JqV+k2ymPYN5L2D/XWvAODR8p7AiEA
        8w7a7MjzXVbSpCJNDze3yl4yqooqP+00kdwImNIzoqk=
        -----END CERTIFICATE-----
        """

    static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgusNQ9WOa7gSkQ0Fq
        egupygrVOqSRxhuLBCDRGd4byfihRANCAATXHKT97K2t4LcedBqdWxX/OdIyMBxz
        6mInvEC9/GtXmNA6K8082yg4P3HbtxdZ3pJhQyWW+aCA/8kTcMZMkbxD
        -----END PRIVATE KEY-----
        """
}
