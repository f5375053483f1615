/// Well-known real projects with their real console-script and import names, the seed of every popular population.
enum PopularCatalog {
  /// One real project: name, import names, console scripts, GUI scripts, dependencies among the catalog, owner.
  struct Entry: Sendable {
    var name: String
    var imports: [String]
    var scripts: [String]
    var guiScripts: [String] = []
    var requires: [String] = []
    var organization: String?
    var summary: String
  }

  static let entries: [Entry] = [
    Entry(
      name: "requests", imports: ["requests"], scripts: [],
      requires: ["urllib3", "idna", "certifi", "charset-normalizer"],
      organization: "psf", summary: "Python HTTP for Humans."),
    Entry(
      name: "urllib3", imports: ["urllib3"], scripts: [], summary: "HTTP library with thread-safe connection pooling."),
    Entry(
      name: "idna", imports: ["idna"], scripts: [], summary: "Internationalized Domain Names in Applications (IDNA)"),
    Entry(
      name: "certifi", imports: ["certifi"], scripts: [], summary: "Python package for providing Mozilla's CA Bundle."),
    Entry(
      name: "charset-normalizer", imports: ["charset_normalizer"], scripts: ["normalizer"],
      summary: "The Real First Universal Charset Detector."),
    Entry(
      name: "numpy", imports: ["numpy"], scripts: ["f2py", "numpy-config"], organization: "numpy",
      summary: "Fundamental package for array computing in Python"),
    Entry(
      name: "pandas", imports: ["pandas"], scripts: [], requires: ["numpy", "python-dateutil", "pytz"],
      organization: "pandas-dev", summary: "Powerful data structures for data analysis"),
    Entry(
      name: "python-dateutil", imports: ["dateutil"], scripts: [], requires: ["six"],
      summary: "Extensions to the standard Python datetime module"),
    Entry(name: "pytz", imports: ["pytz"], scripts: [], summary: "World timezone definitions, modern and historical"),
    Entry(name: "six", imports: ["six"], scripts: [], summary: "Python 2 and 3 compatibility utilities"),
    Entry(
      name: "scikit-learn", imports: ["sklearn"], scripts: [], requires: ["numpy", "scipy", "joblib", "threadpoolctl"],
      organization: "scikit-learn", summary: "A set of python modules for machine learning and data mining"),
    Entry(
      name: "scipy", imports: ["scipy"], scripts: [], requires: ["numpy"], organization: "scipy",
      summary: "Fundamental algorithms for scientific computing in Python"),
    Entry(name: "joblib", imports: ["joblib"], scripts: [], summary: "Lightweight pipelining with Python functions"),
    Entry(name: "threadpoolctl", imports: ["threadpoolctl"], scripts: [], summary: "Limit the number of threads"),
    Entry(
      name: "matplotlib", imports: ["matplotlib", "mpl_toolkits", "pylab"], scripts: [], requires: ["numpy", "pillow"],
      summary: "Python plotting package"),
    Entry(name: "pillow", imports: ["PIL"], scripts: [], summary: "Python Imaging Library (fork)"),
    Entry(
      name: "opencv-python", imports: ["cv2"], scripts: [], requires: ["numpy"], summary: "Wrapper package for OpenCV"),
    Entry(
      name: "beautifulsoup4", imports: ["bs4"], scripts: [], requires: ["soupsieve"],
      summary: "Screen-scraping library"),
    Entry(name: "soupsieve", imports: ["soupsieve"], scripts: [], summary: "A modern CSS selector implementation"),
    Entry(name: "pyyaml", imports: ["yaml", "_yaml"], scripts: [], summary: "YAML parser and emitter for Python"),
    Entry(
      name: "huggingface-hub", imports: ["huggingface_hub"], scripts: ["huggingface-cli", "hf"],
      requires: ["requests", "pyyaml", "tqdm", "filelock", "packaging"], organization: "huggingface",
      summary: "Client library to download and publish models, datasets and other repos on the huggingface.co hub"),
    Entry(
      name: "transformers", imports: ["transformers"], scripts: ["transformers-cli", "transformers"],
      requires: ["huggingface-hub", "numpy", "pyyaml", "requests", "tqdm", "regex"], organization: "huggingface",
      summary: "State-of-the-art Machine Learning for JAX, PyTorch and TensorFlow"),
    Entry(name: "tqdm", imports: ["tqdm"], scripts: ["tqdm"], summary: "Fast, Extensible Progress Meter"),
    Entry(name: "filelock", imports: ["filelock"], scripts: [], summary: "A platform independent file lock."),
    Entry(
      name: "packaging", imports: ["packaging"], scripts: [], organization: "pypa",
      summary: "Core utilities for Python packages"),
    Entry(
      name: "regex", imports: ["regex"], scripts: [], summary: "Alternative regular expression module, to replace re."),
    Entry(
      name: "awscli", imports: ["awscli"], scripts: ["aws", "aws_completer"], requires: ["botocore", "pyyaml"],
      organization: "aws", summary: "Universal Command Line Environment for AWS."),
    Entry(
      name: "botocore", imports: ["botocore"], scripts: [], requires: ["urllib3", "python-dateutil", "jmespath"],
      organization: "aws", summary: "Low-level, data-driven core of boto 3."),
    Entry(
      name: "boto3", imports: ["boto3"], scripts: [], requires: ["botocore", "jmespath", "s3transfer"],
      organization: "aws", summary: "The AWS SDK for Python"),
    Entry(name: "jmespath", imports: ["jmespath"], scripts: ["jp.py"], summary: "JSON Matching Expressions"),
    Entry(
      name: "s3transfer", imports: ["s3transfer"], scripts: [], requires: ["botocore"], organization: "aws",
      summary: "An Amazon S3 Transfer Manager"),
    Entry(
      name: "pytest", imports: ["pytest", "_pytest", "py"], scripts: ["pytest", "py.test"],
      requires: ["pluggy", "iniconfig", "packaging"], organization: "pytest-dev",
      summary: "pytest: simple powerful testing with Python"),
    Entry(
      name: "pluggy", imports: ["pluggy"], scripts: [], organization: "pytest-dev",
      summary: "plugin and hook calling mechanisms for python"),
    Entry(
      name: "iniconfig", imports: ["iniconfig"], scripts: [], organization: "pytest-dev",
      summary: "brain-dead simple config-ini parsing"),
    Entry(
      name: "black", imports: ["black", "blackd"], scripts: ["black", "blackd"],
      requires: ["click", "packaging", "platformdirs"],
      organization: "psf", summary: "The uncompromising code formatter."),
    Entry(
      name: "click", imports: ["click"], scripts: [], organization: "pallets",
      summary: "Composable command line interface toolkit"),
    Entry(
      name: "platformdirs", imports: ["platformdirs"], scripts: [],
      summary: "A small Python package for determining appropriate platform-specific dirs"),
    Entry(
      name: "ruff", imports: ["ruff"], scripts: ["ruff"], organization: "astral-sh",
      summary: "An extremely fast Python linter and code formatter, written in Rust."),
    Entry(
      name: "uv", imports: ["uv"], scripts: ["uv", "uvx"], organization: "astral-sh",
      summary: "An extremely fast Python package and project manager, written in Rust."),
    Entry(
      name: "httpie", imports: ["httpie"], scripts: ["http", "https", "httpie"],
      requires: ["requests", "pygments", "rich"],
      summary: "HTTPie: modern, user-friendly command-line HTTP client for the API era."),
    Entry(
      name: "pygments", imports: ["pygments"], scripts: ["pygmentize"],
      summary: "Pygments is a syntax highlighting package written in Python."),
    Entry(
      name: "rich", imports: ["rich"], scripts: [], requires: ["pygments", "markdown-it-py"],
      summary: "Render rich text, tables, progress bars, syntax highlighting, markdown and more to the terminal"),
    Entry(
      name: "markdown-it-py", imports: ["markdown_it"], scripts: ["markdown-it"], summary: "Python port of markdown-it."
    ),
    Entry(
      name: "jupyter", imports: [], scripts: [], requires: ["notebook", "jupyterlab", "ipykernel"],
      organization: "jupyter",
      summary: "Jupyter metapackage. Install all the Jupyter components in one go."),
    Entry(
      name: "notebook", imports: ["notebook"], scripts: ["jupyter-notebook"], organization: "jupyter",
      summary: "Jupyter Notebook - A web-based notebook environment for interactive computing"),
    Entry(
      name: "jupyterlab", imports: ["jupyterlab"], scripts: ["jupyter-lab", "jupyter-labextension"],
      organization: "jupyter",
      summary: "JupyterLab computational environment"),
    Entry(
      name: "jupyter-core", imports: ["jupyter_core"], scripts: ["jupyter", "jupyter-migrate"], organization: "jupyter",
      summary: "Jupyter core package. A base package on which Jupyter projects rely."),
    Entry(
      name: "ipykernel", imports: ["ipykernel"], scripts: [], requires: ["ipython", "jupyter-core"],
      organization: "jupyter",
      summary: "IPython Kernel for Jupyter"),
    Entry(
      name: "ipython", imports: ["IPython"], scripts: ["ipython", "ipython3"], requires: ["pygments"],
      summary: "IPython: Productive Interactive Computing"),
    Entry(
      name: "poetry", imports: ["poetry"], scripts: ["poetry"], requires: ["packaging", "requests"],
      organization: "python-poetry",
      summary: "Python dependency management and packaging made easy."),
    Entry(
      name: "pip", imports: ["pip"], scripts: ["pip", "pip3"], organization: "pypa",
      summary: "The PyPA recommended tool for installing Python packages."),
    Entry(
      name: "setuptools", imports: ["setuptools", "pkg_resources", "_distutils_hack"], scripts: [],
      organization: "pypa",
      summary: "Easily download, build, install, upgrade, and uninstall Python packages"),
    Entry(
      name: "virtualenv", imports: ["virtualenv"], scripts: ["virtualenv"], requires: ["filelock", "platformdirs"],
      organization: "pypa", summary: "Virtual Python Environment builder"),
    Entry(
      name: "tox", imports: ["tox"], scripts: ["tox"], requires: ["virtualenv", "packaging", "pluggy"],
      summary: "tox is a generic virtualenv management and test command line tool"),
    Entry(
      name: "flake8", imports: ["flake8"], scripts: ["flake8"], requires: ["pycodestyle", "pyflakes"],
      summary: "the modular source code checker: pep8 pyflakes and co"),
    Entry(
      name: "pycodestyle", imports: ["pycodestyle"], scripts: ["pycodestyle"], summary: "Python style guide checker"),
    Entry(
      name: "pyflakes", imports: ["pyflakes"], scripts: ["pyflakes"], summary: "passive checker of Python programs"),
    Entry(
      name: "mypy", imports: ["mypy", "mypyc"], scripts: ["mypy", "stubgen", "dmypy", "mypyc"],
      summary: "Optional static typing for Python"),
    Entry(
      name: "django", imports: ["django"], scripts: ["django-admin"], requires: ["asgiref", "sqlparse"],
      organization: "django", summary: "A high-level Python web framework"),
    Entry(
      name: "asgiref", imports: ["asgiref"], scripts: [], organization: "django",
      summary: "ASGI specs, helper code, and adapters"),
    Entry(name: "sqlparse", imports: ["sqlparse"], scripts: ["sqlformat"], summary: "A non-validating SQL parser."),
    Entry(
      name: "flask", imports: ["flask"], scripts: ["flask"], requires: ["click", "werkzeug", "jinja2", "itsdangerous"],
      organization: "pallets", summary: "A simple framework for building complex web applications."),
    Entry(
      name: "werkzeug", imports: ["werkzeug"], scripts: [], organization: "pallets",
      summary: "The comprehensive WSGI web application library."),
    Entry(
      name: "jinja2", imports: ["jinja2"], scripts: [], organization: "pallets",
      summary: "A very fast and expressive template engine."),
    Entry(
      name: "itsdangerous", imports: ["itsdangerous"], scripts: [], organization: "pallets",
      summary: "Safely pass data to untrusted environments and back."),
    Entry(
      name: "fastapi", imports: ["fastapi"], scripts: ["fastapi"], requires: ["pydantic", "starlette"],
      summary: "FastAPI framework, high performance, easy to learn, fast to code, ready for production"),
    Entry(name: "pydantic", imports: ["pydantic"], scripts: [], summary: "Data validation using Python type hints"),
    Entry(name: "starlette", imports: ["starlette"], scripts: [], summary: "The little ASGI library that shines."),
    Entry(
      name: "uvicorn", imports: ["uvicorn"], scripts: ["uvicorn"], requires: ["click"],
      summary: "The lightning-fast ASGI server."),
    Entry(
      name: "gunicorn", imports: ["gunicorn"], scripts: ["gunicorn"], requires: ["packaging"],
      summary: "WSGI HTTP Server for UNIX"),
    Entry(
      name: "torch", imports: ["torch", "functorch", "torchgen"], scripts: ["torchrun", "torchfrtrace"],
      requires: ["filelock", "jinja2"], organization: "pytorch",
      summary: "Tensors and Dynamic neural networks in Python"),
    Entry(
      name: "tensorflow", imports: ["tensorflow"], scripts: ["tensorboard", "saved_model_cli", "toco"],
      requires: ["numpy", "packaging"], organization: "tensorflow",
      summary: "TensorFlow is an open source machine learning framework for everyone."),
    Entry(
      name: "pyspark", imports: ["pyspark"], scripts: ["pyspark", "spark-submit", "spark-shell"],
      organization: "apache", summary: "Apache Spark Python API"),
    Entry(
      name: "sympy", imports: ["sympy", "isympy"], scripts: ["isympy"], requires: ["mpmath"],
      summary: "Computer algebra system (CAS) in Python"),
    Entry(
      name: "mpmath", imports: ["mpmath"], scripts: [],
      summary: "Python library for arbitrary-precision floating-point arithmetic"),
    Entry(
      name: "gitpython", imports: ["git"], scripts: [],
      summary: "GitPython is a Python library used to interact with Git repositories"),
    Entry(
      name: "pywin32", imports: ["win32api", "win32com", "pythoncom", "pywintypes"], scripts: ["pywin32_postinstall"],
      summary: "Python for Window Extensions"),
    Entry(
      name: "cryptography", imports: ["cryptography"], scripts: [], organization: "pyca",
      summary: "cryptography is a package which provides cryptographic recipes and primitives to Python developers."),
    Entry(
      name: "openai", imports: ["openai"], scripts: ["openai"], requires: ["httpx", "pydantic", "tqdm"],
      organization: "openai",
      summary: "The official Python library for the openai API"),
    Entry(
      name: "httpx", imports: ["httpx"], scripts: ["httpx"], requires: ["certifi", "idna"],
      summary: "The next generation HTTP client."),
    Entry(
      name: "streamlit", imports: ["streamlit"], scripts: ["streamlit"],
      requires: ["click", "numpy", "pandas", "pillow"],
      summary: "A faster way to build and share data apps"),
    Entry(
      name: "pyinstaller", imports: ["PyInstaller"], scripts: ["pyinstaller", "pyi-makespec"], guiScripts: [],
      summary: "PyInstaller bundles a Python application and all its dependencies into a single package."),
    Entry(
      name: "spyder", imports: ["spyder"], scripts: [], guiScripts: ["spyder"], requires: ["ipython"],
      summary: "The Scientific Python Development Environment"),
  ]

  /// System and toolchain commands that no ordinary project should install as console scripts.
  static let systemCommands = ["pip", "python", "python3", "git", "ls", "sudo", "ssh", "curl", "sh", "bash", "aws"]
}
